import * as migration_20261121_115756_initial from './20261121_115756_initial';

export const migrations = [
  {
    up: migration_20261121_115756_initial.up,
    down: migration_20261121_115756_initial.down,
    name: '20261121_115756_initial'
  },
];
