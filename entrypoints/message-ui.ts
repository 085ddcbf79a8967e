// The message UI (panel, badges, analysis client, Preact): injected by the background into a mail tab the
// first time a message opens there (components/mail/message-ui-handoff.ts), never listed in the manifest
// nor web-accessible. Its result, true when the content script took it, is what the background reads.
import { handOverMessageUi } from '@/components/mail/message-ui-handoff';
import { startMailTriage } from '@/components/mail/start-mail-triage';

export default defineUnlistedScript(() => handOverMessageUi(startMailTriage));
