/**
 * The community as a graph: interaction and affiliation graphs (plain
 * graphology instances), clusters, silos, brokers, peripheral members,
 * introductions worth making, Mendelow's power/interest grid and
 * Mitchell–Agle–Wood salience, and exports to Gephi, Cytoscape and NetworkX,
 * with a static SVG picture.
 *
 * @module stakeholders
 */
export * from './affiliationGraph.js';
export * from './betweennessCentrality.js';
export * from './brokers.js';
export * from './clusterTopics.js';
export * from './communityGraph.js';
export * from './findClusters.js';
export * from './graphExports.js';
export * from './graphFromTies.js';
export * from './graphSvg.js';
export * from './interactionGraph.js';
export * from './interactionOptions.js';
export * from './interactionTies.js';
export * from './partitionModularity.js';
export * from './peripheralMembers.js';
export * from './peripheralMembersOptions.js';
export * from './powerInterestGrid.js';
export * from './siloReport.js';
export * from './siloReportSchemas.js';
export * from './stakeholderMapOptions.js';
export * from './stakeholderSalience.js';
export * from './suggestIntroductions.js';
export * from './suggestIntroductionsOptions.js';
export * from './tieList.js';
