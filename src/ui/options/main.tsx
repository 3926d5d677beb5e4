import { Options } from './Options.tsx';
import { mountLocalised } from '../hooks/mount-localised.tsx';
import '../components/ui.css';

void mountLocalised(() => <Options />);
