export * from './accelerator';
export * from './action-registry';
export * from './menu-model';
