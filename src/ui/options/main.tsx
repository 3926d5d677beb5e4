import { render } from 'preact';
import { Options } from './Options.tsx';
import '../components/ui.css';

document.documentElement.lang = navigator.language;
render(<Options />, document.getElementById('app')!);
