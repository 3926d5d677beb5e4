import { render } from 'preact';
import { Options } from './Options.tsx';
import { followUiLanguage } from '../hooks/follow-language.ts';
import '../components/ui.css';

const root = document.getElementById('app')!;
// Keyed by the locale: a change of language draws the page afresh, every string in the new one.
void followUiLanguage((locale) => render(<Options key={locale} />, root));
