import type { INodeProperties } from 'n8n-workflow';

// GET /user/profile takes no parameters (seed 001); the operation needs no fields of its own.
export const profileGetDescription: INodeProperties[] = [];
