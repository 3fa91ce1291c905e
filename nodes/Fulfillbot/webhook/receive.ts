import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import {
	acknowledgeWithoutRun,
	headerValue,
	redelivery,
	refuseDelivery,
} from '../../shared/webhook/webhookReply';
import { hmacSha256, signatureMatches } from '../../shared/webhook/webhookSignature';
import { ANY_EVENT } from './description';

/** Deliveries signed longer ago than this (or this far ahead: clock skew) are refused, as n8n's own helper does. */
export const MAX_AGE_SECONDS = 300;

function chosenEvents(context: IWebhookFunctions): Set<string> {
	const events = context.getNodeParameter('events', []) as string[];
	const other = String(context.getNodeParameter('otherEvents', '') ?? '')
		.split(',')
		.map((e) => e.trim())
		.filter(Boolean);
	return new Set([...events, ...other]);
}

/**
 * One delivery (docs/api-notes.md#fulfillbot-webhooks): X-Webhook-Signature = hex HMAC-SHA256(secret, `${X-Webhook-Timestamp}.${raw body}`),
 * the timestamp within five minutes (401, no run, otherwise); then the event filter and the
 * redelivery check by X-Webhook-Id (200, no run); then one run. n8n answers at once, inside Fulfillbot's 10 s.
 */
export async function receiveFulfillbot(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const credentials = await this.getCredentials('fulfillbotApi');
	const secret = String(credentials.webhookSecret ?? '');
	const rawBody = (this.getRequestObject() as { rawBody?: Buffer }).rawBody;
	const timestamp = headerValue(this, 'x-webhook-timestamp') ?? '';
	if (!secret || !rawBody || !/^\d{1,12}$/.test(timestamp)) {
		return refuseDelivery(this, 401, 'X-Webhook-Signature or X-Webhook-Timestamp is missing');
	}
	if (Math.abs(Date.now() / 1000 - Number(timestamp)) > MAX_AGE_SECONDS) {
		return refuseDelivery(this, 401, 'X-Webhook-Timestamp is more than five minutes away from now');
	}
	const expected = hmacSha256(secret, Buffer.concat([Buffer.from(`${timestamp}.`), rawBody]));
	if (!signatureMatches(headerValue(this, 'x-webhook-signature'), expected, ['hex'])) {
		return refuseDelivery(this, 401, 'X-Webhook-Signature does not match the body');
	}
	const body = this.getBodyData();
	const envelope =
		body && typeof body === 'object' && !Array.isArray(body) ? (body as IDataObject) : { body };
	const event = String(envelope.event ?? '');
	const events = chosenEvents(this);
	if (!events.has(ANY_EVENT) && !events.has(event))
		return acknowledgeWithoutRun(`Event ${event || '(none)'} is not one this trigger listens to`);
	const again = redelivery(this, 'x-webhook-id');
	if (again) return again;
	return { workflowData: [[{ json: envelope }]] };
}
