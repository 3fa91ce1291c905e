import type { INodeProperties } from 'n8n-workflow';
import { notice } from '../../shared/description/notice';
import { eventsField } from '../../shared/description/events';

export const ANY_EVENT = '*';

export const webhookTriggerProperties: INodeProperties[] = [
	notice(
		'Fulfillbot calls this workflow the moment an event happens: no polling, no requests spent. Fulfillbot has no API to register webhooks, so register it once by hand: 1. Copy the Production URL from "Webhook URLs" above (n8n must be reachable over https). 2. In Fulfillbot, open API Keys, edit the key and paste it as the webhook URL. 3. Copy the webhook secret shown there into the Fulfillbot credential\'s Webhook Secret. 4. Publish this workflow. Deactivating does not remove the URL in Fulfillbot: remove it there.',
		'notice',
	),
	eventsField(
		[
			{ name: 'Any Event', value: ANY_EVENT, description: 'Every event Fulfillbot sends' },
			{
				name: 'Order Status Changed',
				value: 'order.status_changed',
				description: 'Fulfillbot event order.status_changed',
			},
		],
		['order.status_changed'],
		"Fulfillbot's webhooks are in beta: its docs name only order.status_changed and mention package arrival and shipping events without naming them. Use Other Event Names or Any Event for those.",
	),
	{
		displayName: 'Other Event Names',
		name: 'otherEvents',
		type: 'string',
		default: '',
		placeholder: 'e.g. package.arrived, shipping.status_changed',
		description:
			'Comma-separated event names exactly as Fulfillbot sends them in "event", for events its docs do not list yet',
	},
];
