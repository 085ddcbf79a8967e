import { render } from 'preact';
import { CheckPage } from '@/components/check/CheckPage';
import '@/components/theme.css';
import '@/components/check/check.css';

render(<CheckPage />, document.getElementById('app')!);
