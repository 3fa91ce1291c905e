import type { SandboxState } from '../state';
import { WebhookDeliveries } from './deliveries';
import { changes, snapshot, type Snapshot, type WebhookOptions } from './events';

/**
 * Signed webhooks of both APIs. After every request that may change the state (server.ts), `observe`
 * compares the state with the last snapshot and sends what changed to SHOPLINE's subscriptions and
 * to the Fulfillbot keys that have a webhook URL.
 */
export class SandboxWebhooks {
	readonly deliveries = new WebhookDeliveries();
	readonly options: WebhookOptions = { shoplineEncoding: 'base64' };
	private last: Snapshot;

	constructor(state: SandboxState) {
		this.last = snapshot(state);
	}

	/** A new baseline without sending anything (after reset or loading a state). */
	rebase(state: SandboxState): void {
		this.last = snapshot(state);
	}

	observe(state: SandboxState, now: number): number {
		const messages = changes(this.last, state, now, this.options);
		this.last = snapshot(state);
		for (const message of messages) this.deliveries.send(message);
		return messages.length;
	}
}
