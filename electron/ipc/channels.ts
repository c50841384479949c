import type { MethodName } from '../../shared/api/methods';

/** The IPC channel of an API method. Both ends derive it from the method's name, never by hand. */
export const channelOf = (method: MethodName) => `laurel:${method}`;

/** Main → renderer notifications (menu actions, workspace switches). Not part of the API: they carry no data that needs validating. */
export const APP_EVENTS = ['workspace-changed', 'toggle-dark-mode', 'undo', 'redo'] as const;
export type AppEvent = (typeof APP_EVENTS)[number];
export const EVENT_CHANNEL = 'laurel:event';
