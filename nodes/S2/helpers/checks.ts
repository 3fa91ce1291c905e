import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { text } from '../../shared/rowList';
import { fillPath } from '../../shared/pathId';
import { invalidField } from '../../shared/validation';

/** A required text parameter, trimmed; blank (e.g. from an expression) is refused. */
export function requireText(context: IExecuteSingleFunctions, name: string, label: string, fix: string): string {
	const value = text(context.getNodeParameter(name, ''));
	if (!value) throw invalidField(context, label, 'is required', fix);
	return value;
}

/** preSend (first of its operation): fills the URL's `{name}` with the parameter, checked as one path segment. */
export function requireParameter(name: string, label: string, fix: string) {
	return fillPath({ [name]: { label, fix } });
}

/** URL template with one path parameter, e.g. `/order/{orderId}`, filled by `requireParameter`. */
export function idUrl(prefix: string, name: string, suffix = ''): string {
	return `${prefix}/{${name}}${suffix}`;
}
