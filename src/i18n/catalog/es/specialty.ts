import type { LocaleCatalog } from '../catalog-shape.js';

export const specialty = {
  added: 'Listo, agregué {{specialty}} (`{{slug}}`).',
  renamed: 'Ahora se llama {{specialty}}.',
  archived: 'Archivé {{specialty}}: ya no se ofrece, pero los mentores que la tienen la conservan.',
  restored: '{{specialty}} vuelve a estar disponible.',
  roleSet: '{{specialty}} ahora da el rol <@&{{role}}>.',
  roleCleared: '{{specialty}} ya no da ningún rol.',
  archivedChoice: '{{name}} (archivada)',
  list: {
    title: 'Especialidades',
    titlePaged: 'Especialidades ({{page}}/{{pages}})',
    archived: '(archivada)',
    empty:
      'Todavía no hay especialidades. Agrega una con `/$t(commands.specialty.name) $t(commands.specialty.add.name)`.',
  },
  errors: {
    unknownTyped: 'No hay ninguna especialidad {{name}} en este servidor. Empieza a escribir y elige una de la lista.',
    unknownPicked: 'No hay ninguna especialidad {{name}} en este servidor. Elige una de la lista.',
    noLongerOffered: '{{name}} ya no se ofrece en este servidor; elige otra especialidad.',
    nameTooShort: 'El nombre de una especialidad necesita al menos {{minimum}} caracteres.',
    nameTooLong:
      'El nombre de una especialidad puede tener como máximo {{maximum}} caracteres; el tuyo tiene {{length, number}}.',
    nameControlCharacters:
      'El nombre de una especialidad no puede tener saltos de línea ni caracteres de control invisibles.',
    nameNeedsLetter: 'El nombre de una especialidad necesita al menos una letra o un dígito.',
    emojiTooLong: 'Ningún emoji es tan largo; usa uno solo, como 🐍.',
    slugFormat: 'Un slug lleva letras minúsculas, dígitos y guiones sueltos, como "desarrollo-web".',
    slugTooLong: 'Un slug puede tener como máximo {{maximum}} caracteres.',
    noSlug: '{{name}} no tiene letras ni dígitos para armar un slug; indica uno, como "rust".',
    catalogFull:
      'Este servidor ya ofrece {{max}} especialidades, el máximo posible. Primero archiva una que ya no necesites.',
    slugTaken: 'El slug `{{slug}}` ya lo usa otra especialidad. Elige uno distinto.',
    alreadyArchived: '{{name}} ya está archivada.',
    notArchived: '{{name}} no está archivada.',
    nameTaken: 'Ya existe una especialidad llamada {{name}}.',
    nameTakenArchived: 'Ya existe una especialidad archivada llamada {{name}}; mejor restáurala.',
    notServerEmoji:
      '{{emoji}} no es un emoji personalizado de este servidor. Elige uno de los emojis del servidor o un emoji normal, como 🐍.',
    notOneEmoji:
      '{{emoji}} no es exactamente un emoji. Usa uno solo, como 🐍, o un emoji personalizado de este servidor.',
  },
  seed: {
    webDevelopment: 'Desarrollo web',
    mobile: 'Desarrollo móvil',
    dataScience: 'Ciencia de datos',
    aiMl: 'IA y machine learning',
    cybersecurity: 'Ciberseguridad',
    cloud: 'Computación en la nube',
    devopsSre: 'DevOps y SRE',
    databases: 'Bases de datos',
    systemsEmbedded: 'Sistemas y embebidos',
    gameDevelopment: 'Desarrollo de videojuegos',
    uiUx: 'Diseño UI/UX',
    careerInterviews: 'Carrera y entrevistas',
    resumePortfolio: 'Revisión de CV y portafolio',
  },
} as const satisfies LocaleCatalog['specialty'];
