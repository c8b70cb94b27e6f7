import { render } from 'preact';
import { Popup } from '../../components/Popup';
import { loadPageSummary } from '../../lib/popup-data';
import '../../components/popup.css';

const app = document.getElementById('app');
if (app) render(<Popup load={() => loadPageSummary(location.search)} />, app);
