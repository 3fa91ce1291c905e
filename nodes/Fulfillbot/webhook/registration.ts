import type { IHookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/*
 * Fulfillbot documents no API to register webhooks: the user pastes n8n's URL into the API key's
 * settings in the dashboard. n8n's lint (and n8n) want all three lifecycle methods for a node with
 * webhooks, so they say what is true of a manually registered endpoint:
 * - checkExists: n8n cannot see Fulfillbot's settings, so it never claims a registration exists;
 * - create: registers nothing remotely; it refuses to activate without the webhook secret, since no
 *   delivery could be verified (each would be answered 401);
 * - delete: there is nothing n8n registered to remove; the URL stays in Fulfillbot until the user
 *   removes it there (deliveries to an inactive workflow get n8n's 404, and Fulfillbot retries them).
 */
export async function registrationExists(this: IHookFunctions): Promise<boolean> {
	return false;
}

export async function registerManually(this: IHookFunctions): Promise<boolean> {
	const credentials = await this.getCredentials('fulfillbotApi');
	if (!String(credentials.webhookSecret ?? '')) {
		throw new NodeOperationError(
			this.getNode(),
			'The Fulfillbot credential has no Webhook Secret',
			{
				description:
					"Register this trigger's Production URL under API Keys in Fulfillbot and copy the webhook secret shown there into the credential.",
			},
		);
	}
	return true;
}

export async function unregisterManually(this: IHookFunctions): Promise<boolean> {
	return true;
}
