import { fillPath } from '../../shared/input/parameters';

export { requireText } from '../../shared/input/parameters';

/** preSend (first of its operation): fills the URL's `{name}` with the parameter, checked as one path segment. */
export function requireParameter(name: string, label: string, fix: string) {
	return fillPath({ [name]: { label, fix } });
}

/** URL template with one path parameter, e.g. `/order/{orderId}`, filled by `requireParameter`. */
export function idUrl(prefix: string, name: string, suffix = ''): string {
	return `${prefix}/{${name}}${suffix}`;
}

export const orderPath = requireParameter(
	'orderId',
	'Order ID',
	'Enter the S2 order’s ID, e.g. from Order → Get Many.',
);

export const fulfillmentPath = requireParameter(
	'fulfillmentId',
	'Fulfillment ID',
	'Enter the fulfillment’s ID, e.g. from Fulfillment → Create.',
);
