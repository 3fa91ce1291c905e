import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { idField } from '../description/idField';
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

/** A path parameter: its `{name}` in URL templates, its label in messages and how to fix a bad value. */
export interface PathParameter {
	name: string;
	label: string;
	fix: string;
}

/** A preSend step of the declarative routing. */
export type PreSendStep = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The names of the `{name}` placeholders of a URL template, e.g. `/orders/{orderId}/cancel`. */
export function placeholders(url: string): string[] {
	return [...url.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * preSend: replaces each `{name}` of the request URL with the node parameter `name`, checked and
 * encoded as one segment. It is the first preSend step of every operation with a path parameter, so
 * nothing else runs (and nothing is sent) with an ID that would leave its segment. A URL with two IDs
 * takes both: `fillPath(orderId, fulfillmentId)`; one ID's own step is `orderId.fill`.
 */
export function fillPath(...parameters: PathParameter[]): PreSendStep {
	const byName = new Map(parameters.map((p) => [p.name, p]));
	return async function fillPathParameters(
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const url = String(requestOptions.url ?? '');
		requestOptions.url = url.replace(PLACEHOLDER, (_match, name: string) => {
			const parameter = byName.get(name);
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

/** How the user gives the ID: typed text (the default), a dropdown, or a resource locator. */
type PathIdInput =
	| { placeholder: string }
	| { loadOptionsMethod: string }
	| {
			searchListMethod: string;
			placeholder: string;
			/** Checked in the editor as the ID is typed (the preSend checks again). */
			idPattern?: { regex: string; errorMessage: string };
	  };

export type PathIdDefinition = {
	/** The parameter's name: the `{name}` of the URL. Part of saved workflows: never rename it. */
	name: string;
	displayName: string;
	description: string;
	/** How to fix a refused value (the error's description). */
	fix: string;
} & PathIdInput;

/** One path parameter defined once: the field an operation shows and the step that fills its `{name}`. */
export interface PathId extends PathParameter {
	/** A fresh copy of the field (each operation wraps its own in display options). */
	field(): INodeProperties;
	/** The operation's first preSend step when this is the URL's only `{…}`. */
	fill: PreSendStep;
}

function fieldOf(definition: PathIdDefinition): INodeProperties {
	const { displayName, name, description } = definition;
	if ('loadOptionsMethod' in definition)
		return {
			displayName,
			name,
			type: 'options',
			typeOptions: { loadOptionsMethod: definition.loadOptionsMethod },
			required: true,
			default: '',
			description,
		};
	if ('searchListMethod' in definition) {
		const { idPattern } = definition;
		return {
			displayName,
			name,
			type: 'resourceLocator',
			required: true,
			default: { mode: 'list', value: '' },
			description,
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					typeOptions: { searchListMethod: definition.searchListMethod, searchable: true },
				},
				{
					displayName: 'By ID',
					name: 'id',
					type: 'string',
					placeholder: definition.placeholder,
					...(idPattern ? { validation: [{ type: 'regex', properties: idPattern }] } : {}),
				},
			],
		};
	}
	return idField(displayName, name, definition.placeholder, description);
}

/**
 * Defines a path parameter once, e.g. `const orderId = pathId({ name: 'orderId', displayName: 'Order
 * ID', placeholder, description, fix })`; operations use `orderId.field()` and `orderId.fill`. Its
 * label in messages is the display name without n8n's " Name or ID" suffix of a dropdown.
 */
export function pathId(definition: PathIdDefinition): PathId {
	const parameter: PathParameter = {
		name: definition.name,
		label: definition.displayName.replace(/ Name or ID$/, ''),
		fix: definition.fix,
	};
	return { ...parameter, field: () => fieldOf(definition), fill: fillPath(parameter) };
}
