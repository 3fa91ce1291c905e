import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { text } from '../../shared/rowList';
import { invalidField, validate } from '../../shared/validation';

/** A required text parameter, trimmed; blank (e.g. from an expression) is refused. */
export function requireText(context: IExecuteSingleFunctions, name: string, label: string, fix: string): string {
	const value = text(context.getNodeParameter(name, ''));
	if (!value) throw invalidField(context, label, 'is required', fix);
	return value;
}

/** preSend: the parameter `name` must be set (the URL is built from it). */
export function requireParameter(name: string, label: string, fix: string) {
	return validate(function () {
		requireText(this, name, label, fix);
	});
}

/** URL with a trimmed, encoded path parameter, e.g. `/order/{{orderId}}`. */
export function idUrl(prefix: string, name: string, suffix = ''): string {
	return `=${prefix}/{{encodeURIComponent(String($parameter.${name}).trim())}}${suffix}`;
}
