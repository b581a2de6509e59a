import { runBackground } from '../extension/background-app';

export default defineBackground(() => {
  runBackground();
});
