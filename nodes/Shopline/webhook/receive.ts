import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import {
	acknowledgeWithoutRun,
	headerValue,
	redelivery,
	refuseDelivery,
} from '../../shared/webhook/webhookReply';
import { hmacSha256, signatureMatches } from '../../shared/webhook/webhookSignature';

/**
 * One delivery. Order of checks: signature (401, no run), topic chosen (200, no run), redelivery by
 * X-Shopline-Webhook-Id (200, no run), then one run. n8n answers 200 at once (responseMode onReceived),
 * well inside SHOPLINE's 5 s.
 */
export async function receiveShopline(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const credentials = await this.getCredentials('shoplineApi');
	const secret = String(credentials.appSecret ?? '');
	const rawBody = (this.getRequestObject() as { rawBody?: Buffer }).rawBody;
	// SHOPLINE's pages show the signature in base64, several samples in hex: both are accepted.
	if (
		!secret ||
		!rawBody ||
		!signatureMatches(headerValue(this, 'x-shopline-hmac-sha256'), hmacSha256(secret, rawBody), [
			'hex',
			'base64',
		])
	) {
		return refuseDelivery(
			this,
			401,
			'X-Shopline-Hmac-Sha256 is missing or does not match the body',
		);
	}
	const topic = headerValue(this, 'x-shopline-topic') ?? '';
	const topics = this.getNodeParameter('topics', []) as string[];
	if (!topics.includes(topic))
		return acknowledgeWithoutRun(`Topic ${topic || '(none)'} is not one this trigger listens to`);
	const again = redelivery(this, 'x-shopline-webhook-id');
	if (again) return again;
	const body = this.getBodyData();
	const record =
		body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : { body };
	return {
		workflowData: [
			[
				{
					json: {
						...record,
						topic,
						webhookId: headerValue(this, 'x-shopline-webhook-id') ?? null,
						shopDomain: headerValue(this, 'x-shopline-shop-domain') ?? null,
					},
				},
			],
		],
	};
}
