import type { LocaleCatalog } from '../../catalog-shape.js';

const withOption = { name: 'com', description: 'A outra pessoa, se você tiver várias mentorias' };
const milestoneOption = { name: 'marco', description: 'O número dele no resumo' };

export const mentorship = {
  name: 'mentorias',
  description: 'Suas mentorias: o acordo, os objetivos e os marcos',
  list: { name: 'lista', description: 'Seus pedidos e mentorias, como mentorado e como mentor' },
  agreement: {
    name: 'acordo',
    description: 'Veja ou mude como vocês trabalham juntos; depois de mudar, os dois confirmam de novo',
    options: {
      cadence: {
        name: 'frequência',
        description: 'De quanto em quanto tempo vocês se encontram',
        choices: { weekly: 'Toda semana', biweekly: 'A cada duas semanas', monthly: 'Todo mês' },
      },
      length: { name: 'duração', description: 'Duração prevista em semanas (de 4 a 52)' },
      format: { name: 'formato', description: 'Como vocês trabalham juntos' },
      with: withOption,
    },
  },
  goals: {
    name: 'objetivos',
    description: 'Marcos rumo aos objetivos',
    add: {
      name: 'adicionar',
      description: 'Adiciona um marco',
      options: {
        title: { name: 'título', description: 'Como fica quando estiver pronto (até 100 caracteres)' },
        with: withOption,
      },
    },
    edit: {
      name: 'editar',
      description: 'Renomeia um marco',
      options: {
        milestone: milestoneOption,
        title: { name: 'título', description: 'O novo título (até 100 caracteres)' },
        with: withOption,
      },
    },
    done: {
      name: 'concluir',
      description: 'Marca um marco como alcançado',
      options: { milestone: milestoneOption, with: withOption },
    },
    drop: {
      name: 'descartar',
      description: 'Descarta um marco que não faz mais sentido (fica riscado na lista)',
      options: { milestone: milestoneOption, with: withOption },
    },
  },
  pause: {
    name: 'pausar',
    description: 'Pausa a mentoria: os check-ins param e a vaga fica guardada',
    options: { with: withOption },
  },
  resume: {
    name: 'retomar',
    description: 'Retoma uma mentoria pausada',
    options: { with: withOption },
  },
  end: {
    name: 'encerrar',
    description: 'Encerra a mentoria numa boa; vocês dois recebem um pedido de feedback privado',
    options: {
      reason: {
        name: 'motivo',
        description: 'Por que ela termina',
        choices: {
          completed: 'Concluída',
          goalsChanged: 'Os objetivos mudaram',
          noTime: 'Falta de tempo',
          noResponse: 'Sem resposta',
          mismatch: 'Não deu match',
          other: 'Outro',
        },
      },
      with: withOption,
    },
  },
} as const satisfies LocaleCatalog['commands']['mentorship'];
