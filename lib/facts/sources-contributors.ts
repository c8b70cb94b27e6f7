import { source } from './source';

/** Sources of the contributors that left the mission or suspended their part, and of Mali's detention of Ivorian soldiers. */
export const CONTRIBUTOR_SOURCES = {
  egyptReuters: source(
    'Egypt to suspend activities of its contingent in Mali UN mission (Reuters, Middle East Monitor)',
    'https://www.middleeastmonitor.com/20220715-egypt-to-suspend-activities-of-its-contingent-in-mali-un-mission/',
  ),
  benin: source(
    'UN says Benin will terminate its contribution to the Mali mission (Reuters via Devdiscourse)',
    'https://www.devdiscourse.com/article/law-order/2044029-un-says-benin-will-terminate-contribution-to-peacekeeping-mission-in-mali',
  ),
  beninPolice: source(
    'Benin prepares to withdraw its troops from Mali (Sahel News)',
    'https://sahelnews.org/post/benin-prepares-to-withdraw-its-troops-from-mali',
  ),
  voaPullout: source('UN delays Mali pullout vote (VOA)', 'https://voaafrica.com/a/un-delays-mali-pullout-vote/7158255.html'),
  egypt: source(
    'Egypt to pull peacekeeping troops from Mali (VOA)',
    'https://www.voaafrica.com/a/egypt-to-pull-peacekeeping-troops-from-mali-un/6660539.html',
  ),
  ivory: source(
    'Ivory Coast to withdraw from UN peacekeeping force in Mali',
    'https://counteriedreport.com/ivory-coast-to-withdraw-from-un-peacekeeping-force-in-mali/',
  ),
  germany: source(
    'Germany to pull troops from UN Mali mission by mid-2024 (Sputnik)',
    'https://sputniknews.com/20221123/germany-to-pull-troops-from-un-mali-mission-by-mid-2024-1104570494.html',
  ),
  germanyFinal: source(
    'Germany to withdraw from MINUSMA in Mali (Army Technology)',
    'https://www.army-technology.com/news/germany-withdrawal-minusma-mali/',
  ),
  ukWithdrawal: source(
    'UK troops pull out of UN mission in Mali (Military Africa)',
    'https://military.africa/2022/11/uk-troops-pulls-out-of-un-mission-in-mali',
  ),
  ivoriansReleased: source('Mali releases three Ivorians (VOA)', 'https://www.voaafrica.com/a/mali-releases-three-ivorians/6730022.html'),
  germanyLeft: source(
    'Last German troops leave Mali as decade-long UN mission ends (dpa)',
    'https://ass-news.com/last-german-troops-leave-mali-as-decade-long-un-mission-ends.html',
  ),
  vnaWithdrawals: source(
    'Soldiers of many countries withdraw from Mali one after another (VNA)',
    'https://vietnam.vn/en/binh-sy-nhieu-nuoc-lan-luot-rut-quan-khoi-mali',
  ),
  egyptPullout: source(
    'Egypt pulls out over 460 peacekeepers from Mali as UN mission is parking out',
    'https://accraherald.com/egypt/egypt-pulls-out-over-460-peacekeepers-from-mali-as-un-mission-is-parking-out',
  ),
};
