import type { Blueprint } from '../types.js';
import { learnModule, learnPath, STUDY_GUIDES } from './learn.js';

const genAiApps = learnPath('Develop generative AI apps in Azure', 'develop-generative-ai-apps');
const visualData = learnPath('Extract insights from visual data on Azure', 'insight-visual-data');

/** AI-103, the successor of AI-102: skills measured as of 16 April 2026. */
export const ai103v202604 = {
  code: 'AI-103',
  version: '2026-04',
  title: 'Developing AI Apps and Agents on Azure',
  durationMinutes: 120,
  questionCount: 50,
  questionCountRange: [40, 60],
  passingScore: 700,
  maxScore: 1000,
  source: `${STUDY_GUIDES}/ai-103`,
  skillsMeasuredAsOf: '2026-04-16',
  domains: [
    {
      id: 'plan-manage',
      name: 'Plan and manage an Azure AI solution',
      weight: [25, 30],
      resources: [
        learnPath('Prepare to develop AI solutions on Azure', 'prepare-for-ai-engineering'),
        learnModule(
          'Implement generative AI guardrails with Azure AI Content Safety',
          'moderate-content-detect-harm-azure-ai-content-safety',
        ),
      ],
    },
    {
      id: 'generative-agentic',
      name: 'Implement generative AI and agentic solutions',
      weight: [30, 35],
      resources: [genAiApps, learnPath('Develop AI agents on Azure', 'develop-ai-agents-azure')],
    },
    {
      id: 'computer-vision',
      name: 'Implement computer vision solutions',
      weight: [10, 15],
      resources: [visualData],
    },
    {
      id: 'text-analysis',
      name: 'Implement text analysis solutions',
      weight: [10, 15],
      resources: [
        learnPath(
          'Develop natural language solutions in Azure',
          'develop-language-solutions-azure-ai',
        ),
      ],
    },
    {
      id: 'information-extraction',
      name: 'Implement information extraction solutions',
      weight: [10, 15],
      resources: [visualData],
    },
  ],
} as const satisfies Blueprint;
