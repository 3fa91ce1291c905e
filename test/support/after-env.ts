/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import { Container } from '@n8n/di';
import { SSHClientsManager } from 'n8n-core/dist/execution-engine/ssh-clients-manager';

import { flushSecretScanCounts } from './secretScan';

// n8n-core's SSH client manager starts a 60 s cleanup interval when first resolved; stop it so
// jest can exit without --forceExit.
afterAll(() => {
	flushSecretScanCounts();
	if (Container.has(SSHClientsManager)) Container.get(SSHClientsManager).onShutdown();
});
