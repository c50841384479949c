import type { ApiHandlers } from '../../shared/api/contract';
import { METHOD_NAMES } from '../../shared/api/methods';
import { fail } from '../../shared/api/result';
import { dispatch } from '../api/dispatch';
import { channelOf } from './channels';

/** The slice of Electron's `ipcMain` this needs, so tests can pass their own. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown): void;
}

/** Registers one IPC handler per API method; calls from any frame that is not the app's own are refused. */
export function registerIpc(ipcMain: IpcMainLike, handlers: ApiHandlers, isTrustedUrl: (url: string) => boolean, log?: (m: string) => void): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), (event, argsJson) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return fail('unauthorized', 'This window may not use the Laurel API.');
      if (typeof argsJson !== 'string') return fail('invalid-argument', `The arguments of ${method} must be sent as JSON text.`);
      return dispatch(handlers, method, argsJson, log);
    });
  }
}
