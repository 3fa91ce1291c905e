import type { IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { claimDelivery } from './recentIds';

/** Answers `status` with `{message}` and starts no run (a bad or missing signature: 401). */
export function refuseDelivery(
	context: IWebhookFunctions,
	status: number,
	message: string,
): IWebhookResponseData {
	context.getResponseObject().status(status).json({ message });
	return { noWebhookResponse: true };
}

/** 200 without a run: a redelivery, or an event the user did not choose (a non-2xx would make the API retry). */
export function acknowledgeWithoutRun(message: string): IWebhookResponseData {
	return { webhookResponse: { message } };
}

/** One header as a string (n8n hands Node's lower-cased headers through). */
export function headerValue(context: IWebhookFunctions, name: string): string | undefined {
	const value = context.getHeaderData()[name.toLowerCase()];
	if (Array.isArray(value)) return value[0] === undefined ? undefined : String(value[0]);
	return value === undefined ? undefined : String(value);
}

/**
 * The 200-without-run answer when the delivery id in header `idHeader` already started a run of this
 * workflow node (recentIds.ts); undefined for a first delivery, or one without an id (it runs).
 */
export function redelivery(
	context: IWebhookFunctions,
	idHeader: string,
): IWebhookResponseData | undefined {
	const id = headerValue(context, idHeader);
	if (!id) return undefined;
	const scope = `${context.getWorkflow().id ?? ''}:${context.getNode().id}`;
	if (claimDelivery(context.getWorkflowStaticData('node'), scope, id)) return undefined;
	return acknowledgeWithoutRun('Already received');
}
