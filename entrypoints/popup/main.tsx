import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { createPopupController } from '../../extension/popup-controller';
import '../../components/ui.css';

render(<Popup controller={createPopupController()} />, document.getElementById('app')!);
