import { render } from 'preact';
import { Options } from '../../components/Options';
import { createOptionsController } from '../../extension/options-controller';
import '../../components/ui.css';

render(<Options controller={createOptionsController()} />, document.getElementById('app')!);
