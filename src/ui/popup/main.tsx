import { render } from 'preact';
import { Popup } from './Popup.tsx';
import '../components/ui.css';

const params = new URLSearchParams(location.search);
document.documentElement.lang = navigator.language;
// Opened by the context menu in its own window: let the page take the window's width.
if (params.has('q')) document.documentElement.classList.add('standalone');
render(<Popup initialQuery={params.get('q')?.slice(0, 200) ?? ''} />, document.getElementById('app')!);
