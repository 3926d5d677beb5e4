import { Popup } from './Popup.tsx';
import { mountLocalised } from '../hooks/mount-localised.tsx';
import '../components/ui.css';

const params = new URLSearchParams(location.search);
// Opened by the context menu in its own window: let the page take the window's width.
if (params.has('q')) document.documentElement.classList.add('standalone');
void mountLocalised(() => <Popup initialQuery={params.get('q')?.slice(0, 200) ?? ''} />);
