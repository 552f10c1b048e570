import type { LocaleCatalog } from '../../catalog-shape.js';

export const specialty = {
  name: 'especialidad',
  description: 'Organiza el catálogo de especialidades de mentoría del servidor',
  list: { name: 'lista', description: 'Muestra todas las especialidades, también las archivadas' },
  add: {
    name: 'agregar',
    description: 'Agrega una especialidad',
    options: {
      name: { name: 'nombre', description: 'Su nombre, por ejemplo "Rust"' },
      emoji: { name: 'icono', description: 'Un emoji, o un emoji personalizado de este servidor' },
      role: { name: 'rol', description: 'Un rol que reciben sus mentores' },
    },
  },
  rename: {
    name: 'renombrar',
    description: 'Cambia el nombre de una especialidad (los mentores la conservan)',
    options: {
      specialty: { name: 'especialidad', description: '¿Cuál?' },
      name: { name: 'nombre', description: 'El nuevo nombre' },
      emoji: { name: 'icono', description: 'Un emoji nuevo: uno normal o uno personalizado de este servidor' },
    },
  },
  archive: {
    name: 'archivar',
    description: 'Deja de ofrecer una especialidad; los perfiles que la tienen la conservan',
    options: { specialty: { name: 'especialidad', description: '¿Cuál?' } },
  },
  restore: {
    name: 'restaurar',
    description: 'Vuelve a ofrecer una especialidad archivada',
    options: { specialty: { name: 'especialidad', description: '¿Cuál?' } },
  },
  role: {
    name: 'rol',
    description: 'Define o quita el rol que reciben sus mentores',
    options: {
      specialty: { name: 'especialidad', description: '¿Cuál?' },
      role: { name: 'rol', description: 'El rol (déjalo vacío para quitarlo)' },
    },
  },
} as const satisfies LocaleCatalog['commands']['specialty'];
