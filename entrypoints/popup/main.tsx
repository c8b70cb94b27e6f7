import { render } from 'preact';
import { Popup } from '../../components/Popup';
import '../../components/popup.css';
import { localizePage } from '../../lib/page-language';

localizePage('extName');
const app = document.getElementById('app');
if (app) render(<Popup search={location.search} />, app);
