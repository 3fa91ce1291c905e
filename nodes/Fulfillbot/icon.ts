import type { Icon } from 'n8n-workflow';

/** The Fulfillbot nodes' icon, light and dark (paths from this folder, as the node files and dist/ have them). */
export const FULFILLBOT_ICON: Icon = {
	light: 'file:../../icons/fulfillbot.svg',
	dark: 'file:../../icons/fulfillbot.dark.svg',
};
