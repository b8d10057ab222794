// First-run page (unlisted: /welcome.html). The background opens it on install.
import { render } from 'preact';
import { Welcome } from '../../components/welcome/Welcome.tsx';
import { pageSend } from '../../components/page-send.ts';
import '../../components/pages.css';

render(<Welcome send={pageSend} />, document.getElementById('app')!);
