import type { LocaleCatalog } from '../catalog-shape.js';

export const thanks = {
  refusals: {
    self: 'No puedes darte las gracias a ti mismo.',
    bot: 'Los bots no reciben agradecimientos; agradécele al miembro que te ayudó.',
    tooNew:
      'Se pueden dar agradecimientos tras {{days}} días en el servidor. Podrás hacerlo <t:{{until}}:R>; mientras tanto, un mensaje amable también lo dice.',
    cooldown: 'Ya le diste las gracias a <@{{user}}> hace poco. Podrás volver a hacerlo <t:{{until}}:R>.',
    dailyCap:
      'Diste {{max}} agradecimientos en las últimas 24 horas, el máximo por día. Podrás dar el siguiente <t:{{until}}:R>.',
    noAuthor: 'Ese mensaje no tiene ningún miembro a quien agradecer.',
    notMember: 'Aquí solo se puede agradecer a miembros de este servidor.',
  },
  given: '¡<@{{giver}}> le dio las gracias a <@{{receiver}}>!',
  givenFor: '<@{{giver}}> le agradeció a <@{{receiver}}> por esta ayuda: {{link}}',
  givenReason: '<@{{giver}}> le dio las gracias a <@{{receiver}}>: {{reason}}',
  sent: 'Tu agradecimiento está publicado en el canal.',
  weighsLess:
    'Contado. Los agradecimientos entre miembros que aún no tuvieron una mentoría o una sesión juntos pesan menos en la clasificación.',
} as const satisfies LocaleCatalog['thanks'];
