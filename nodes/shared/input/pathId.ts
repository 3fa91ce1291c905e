import type { IExecuteSingleFunctions, IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { invalidField } from './validation';

/*
 * Every ID that goes into a URL path passes through here: the operations' routing (`fillPath`), the
 * triggers' and pickers' own GETs (`pathSegment`). `encodeURIComponent` alone is not enough: it leaves
 * `.` and `..` as they are, and the HTTP client resolves them (`/cart/items/..` is `DELETE /cart`), and it
 * throws on a lone UTF-16 surrogate, which the template expressions swallowed into an empty segment.
 */

/** Why a value cannot be one path segment, or undefined when it can. */
export function segmentProblem(value: unknown): string | undefined {
	const text = value === undefined || value === null ? '' : String(value).trim();
	if (!text) return 'is required';
	if (text === '.' || text === '..')
		return `cannot be "${text}" (it would name another URL, not a record)`;
	try {
		encodeURIComponent(text);
	} catch {
		return 'contains a broken character (a lone UTF-16 surrogate) and cannot be sent';
	}
	return undefined;
}

/** The value, trimmed, encoded as exactly one path segment; throws `problem` text when it cannot be one. */
function encodeSegment(value: unknown, refuse: (problem: string) => Error): string {
	const problem = segmentProblem(value);
	if (problem) throw refuse(problem);
	return encodeURIComponent(String(value).trim());
}

/** An ID read from an API answer or a parameter outside routing (triggers, pickers, look-ups). */
export function pathSegment(node: INode, value: unknown, field: string): string {
	return encodeSegment(
		value,
		(problem) =>
			new NodeOperationError(node, `${field}: ${problem}`, {
				description: `Check the ${field} value; it goes into the request URL.`,
			}),
	);
}

/** A path parameter of an operation: its label in messages and how to fix a bad value. */
export interface PathParameter {
	label: string;
	fix: string;
}

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The names of the `{name}` placeholders of a URL template, e.g. `/orders/{orderId}/cancel`. */
export function placeholders(url: string): string[] {
	return [...url.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * preSend: replaces each `{name}` of the request URL with the node parameter `name`, checked and
 * encoded as one segment. It is the first preSend step of every operation with a path parameter, so
 * nothing else runs (and nothing is sent) with an ID that would leave its segment.
 */
export function fillPath(parameters: Record<string, PathParameter>) {
	return async function fillPathParameters(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const url = String(requestOptions.url ?? '');
		requestOptions.url = url.replace(PLACEHOLDER, (_match, name: string) => {
			const parameter = parameters[name];
			if (!parameter)
				throw new NodeOperationError(
					this.getNode(),
					`Internal: no description of the URL parameter "${name}"`,
				);
			// extractValue: a resource locator ({mode, value}) gives its value; plain parameters are unchanged.
			return encodeSegment(this.getNodeParameter(name, '', { extractValue: true }), (problem) =>
				invalidField(this, parameter.label, problem, parameter.fix),
			);
		});
		return requestOptions;
	};
}
