import { render } from 'preact';
import { Options } from '../../components/Options';
import { createOptionsController } from '../../extension/options-controller';
import '../../components/ui.css';

void createOptionsController().then((controller) => render(<Options controller={controller} />, document.getElementById('app')!));
