/** Pieces of the real-n8n workflows the benches import (the HTTP Request node baselines). */
import { SHOPLINE } from '../sandbox/src';
import type { CredentialInput, WorkflowNode } from '../test/e2e/support/n8n';

/** The SHOPLINE token as an HTTP Header Auth credential: how the HTTP Request node calls SHOPLINE. */
export const shoplineHeaderCredential = (id: string, name: string): CredentialInput => ({
	id,
	name,
	type: 'httpHeaderAuth',
	data: { name: 'Authorization', value: `Bearer ${SHOPLINE.token}` },
});

/** A Code node "Fan Out" that turns the trigger's one item into `count` items `{ i }`. */
export const fanOutNode = (count: number): WorkflowNode => ({
	name: 'Fan Out',
	type: 'n8n-nodes-base.code',
	typeVersion: 2,
	parameters: {
		jsCode: `return Array.from({ length: ${count} }, (_, i) => ({ json: { i } }));`,
	},
});
