import { contextBridge, ipcRenderer } from 'electron';
import { bridgeGlobalName } from '@core/ipc/channels';
import { buildBridge } from './bridge';

contextBridge.exposeInMainWorld(bridgeGlobalName, buildBridge(ipcRenderer));
