import { resourceOperations } from '../../../shared/description/operations';
import * as get from './get';
import * as update from './update';

export const profileDescription = resourceOperations('profile', 'get', [get, update]);
