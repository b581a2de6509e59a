import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { createPopupController } from '../../extension/popup-controller';
import '../../components/ui.css';

void createPopupController().then((controller) => render(<Popup controller={controller} />, document.getElementById('app')!));
