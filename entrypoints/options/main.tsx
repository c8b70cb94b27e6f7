import { render } from 'preact';
import { OptionsApp } from '../../components/options/OptionsApp';
import '../../components/options/options.css';
import { localizePage } from '../../lib/page-language';

localizePage('optionsTitle');
const app = document.getElementById('app');
if (app) render(<OptionsApp />, app);
