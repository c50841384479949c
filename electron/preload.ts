import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './ipc/bridge';
import { APP_EVENTS, EVENT_CHANNEL, type AppEvent } from './ipc/channels';

// Runs sandboxed with context isolation: the page gets these functions, never ipcRenderer itself.
contextBridge.exposeInMainWorld('laurel', createBridge((channel, argsJson) => ipcRenderer.invoke(channel, argsJson)));
contextBridge.exposeInMainWorld('laurelShell', {
  onEvent(name: AppEvent, listener: () => void): () => void {
    if (!APP_EVENTS.includes(name)) throw new Error(`Unknown app event ${name}`);
    const handler = (_event: unknown, received: string) => received === name && listener();
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.off(EVENT_CHANNEL, handler);
  },
});
