import { render } from 'preact';
import { Popup } from './Popup.tsx';
import { followUiLanguage } from '../hooks/follow-language.ts';
import '../components/ui.css';

const params = new URLSearchParams(location.search);
const root = document.getElementById('app')!;
// Opened by the context menu in its own window: let the page take the window's width.
if (params.has('q')) document.documentElement.classList.add('standalone');
// Keyed by the locale: a change of language draws the popup afresh, every string in the new one.
void followUiLanguage((locale) =>
  render(<Popup key={locale} initialQuery={params.get('q')?.slice(0, 200) ?? ''} />, root),
);
