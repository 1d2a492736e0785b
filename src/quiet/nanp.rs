// Generated from a readable list; one row per area code: (area code, region, zone, zone).
// A code whose territory spans two zones names both; one zone is named twice.
use super::Zone::{self, *};

/// The zones AREA_CODES names, by index.
pub(super) const ZONES: [Zone; 14] = [
    Newfoundland, Atlantic, AtlanticStd, Eastern, EasternStd, Central, CentralStd,
    Mountain, MountainStd, Pacific, Alaska, Hawaii, Samoa, Chamorro,
];

/// Regions the table names (ISO 3166-2 for US states and Canadian provinces, ISO 3166-1 for the rest).
/// One string, space-separated, indexed by AREA_CODES (a slice of &str costs 8 bytes a row in the wasm).
pub(super) const REGIONS: &str = concat!(
    "AG AI BB BM BS CA-AB CA-BC CA-MB CA-NB CA-NL CA-NS CA-NT ",
    "CA-ON CA-QC CA-SK DM DO GD JM KN KY LC MS SX ",
    "TC TT US-AK US-AL US-AR US-AS US-AZ US-CA US-CO US-CT US-DC US-DE ",
    "US-FL US-GA US-GU US-HI US-IA US-ID US-IL US-IN US-KS US-KY US-LA US-MA ",
    "US-MD US-ME US-MI US-MN US-MO US-MP US-MS US-MT US-NC US-ND US-NE US-NH ",
    "US-NJ US-NM US-NV US-NY US-OH US-OK US-OR US-PA US-PR US-RI US-SC US-SD ",
    "US-TN US-TX US-UT US-VA US-VI US-VT US-WA US-WI US-WV US-WY VC VG",
);
#[cfg(test)]
pub(super) const REGION_COUNT: usize = 84;

/// Sorted by area code: (area code, index in REGIONS, zones: index in ZONES of the first << 4 | of the second).
pub(super) const AREA_CODES: [(u16, u8, u8); 425] = [
    (201, 60, 0x33), // US-NJ Eastern
    (202, 34, 0x33), // US-DC Eastern
    (203, 33, 0x33), // US-CT Eastern
    (204, 7, 0x55), // CA-MB Central
    (205, 27, 0x55), // US-AL Central
    (206, 78, 0x99), // US-WA Pacific
    (207, 49, 0x33), // US-ME Eastern
    (208, 41, 0x79), // US-ID Mountain + Pacific
    (209, 31, 0x99), // US-CA Pacific
    (210, 73, 0x55), // US-TX Central
    (212, 63, 0x33), // US-NY Eastern
    (213, 31, 0x99), // US-CA Pacific
    (214, 73, 0x55), // US-TX Central
    (215, 67, 0x33), // US-PA Eastern
    (216, 64, 0x33), // US-OH Eastern
    (217, 42, 0x55), // US-IL Central
    (218, 51, 0x55), // US-MN Central
    (219, 43, 0x53), // US-IN Central + Eastern
    (220, 64, 0x33), // US-OH Eastern
    (223, 67, 0x33), // US-PA Eastern
    (224, 42, 0x55), // US-IL Central
    (225, 46, 0x55), // US-LA Central
    (226, 12, 0x33), // CA-ON Eastern
    (227, 48, 0x33), // US-MD Eastern
    (228, 54, 0x55), // US-MS Central
    (229, 37, 0x33), // US-GA Eastern
    (231, 50, 0x33), // US-MI Eastern
    (234, 64, 0x33), // US-OH Eastern
    (236, 6, 0x99), // CA-BC Pacific
    (239, 36, 0x33), // US-FL Eastern
    (240, 48, 0x33), // US-MD Eastern
    (242, 4, 0x33), // BS Eastern
    (246, 2, 0x22), // BB AtlanticStd
    (248, 50, 0x33), // US-MI Eastern
    (249, 12, 0x33), // CA-ON Eastern
    (250, 6, 0x99), // CA-BC Pacific
    (251, 27, 0x55), // US-AL Central
    (252, 56, 0x33), // US-NC Eastern
    (253, 78, 0x99), // US-WA Pacific
    (254, 73, 0x55), // US-TX Central
    (256, 27, 0x55), // US-AL Central
    (260, 43, 0x33), // US-IN Eastern
    (262, 79, 0x55), // US-WI Central
    (263, 13, 0x33), // CA-QC Eastern
    (264, 1, 0x22), // AI AtlanticStd
    (267, 67, 0x33), // US-PA Eastern
    (268, 0, 0x22), // AG AtlanticStd
    (269, 50, 0x33), // US-MI Eastern
    (270, 45, 0x53), // US-KY Central + Eastern
    (272, 67, 0x33), // US-PA Eastern
    (274, 79, 0x55), // US-WI Central
    (276, 75, 0x33), // US-VA Eastern
    (279, 31, 0x99), // US-CA Pacific
    (281, 73, 0x55), // US-TX Central
    (284, 83, 0x22), // VG AtlanticStd
    (289, 12, 0x33), // CA-ON Eastern
    (301, 48, 0x33), // US-MD Eastern
    (302, 35, 0x33), // US-DE Eastern
    (303, 32, 0x77), // US-CO Mountain
    (304, 80, 0x33), // US-WV Eastern
    (305, 36, 0x33), // US-FL Eastern
    (306, 14, 0x66), // CA-SK CentralStd
    (307, 81, 0x77), // US-WY Mountain
    (308, 58, 0x57), // US-NE Central + Mountain
    (309, 42, 0x55), // US-IL Central
    (310, 31, 0x99), // US-CA Pacific
    (312, 42, 0x55), // US-IL Central
    (313, 50, 0x33), // US-MI Eastern
    (314, 52, 0x55), // US-MO Central
    (315, 63, 0x33), // US-NY Eastern
    (316, 44, 0x55), // US-KS Central
    (317, 43, 0x33), // US-IN Eastern
    (318, 46, 0x55), // US-LA Central
    (319, 40, 0x55), // US-IA Central
    (320, 51, 0x55), // US-MN Central
    (321, 36, 0x33), // US-FL Eastern
    (323, 31, 0x99), // US-CA Pacific
    (325, 73, 0x55), // US-TX Central
    (326, 64, 0x33), // US-OH Eastern
    (327, 28, 0x55), // US-AR Central
    (330, 64, 0x33), // US-OH Eastern
    (331, 42, 0x55), // US-IL Central
    (332, 63, 0x33), // US-NY Eastern
    (334, 27, 0x55), // US-AL Central
    (336, 56, 0x33), // US-NC Eastern
    (337, 46, 0x55), // US-LA Central
    (339, 47, 0x33), // US-MA Eastern
    (340, 76, 0x22), // US-VI AtlanticStd
    (341, 31, 0x99), // US-CA Pacific
    (343, 12, 0x33), // CA-ON Eastern
    (345, 20, 0x44), // KY EasternStd
    (346, 73, 0x55), // US-TX Central
    (347, 63, 0x33), // US-NY Eastern
    (350, 31, 0x99), // US-CA Pacific
    (351, 47, 0x33), // US-MA Eastern
    (352, 36, 0x33), // US-FL Eastern
    (353, 79, 0x55), // US-WI Central
    (354, 13, 0x33), // CA-QC Eastern
    (360, 78, 0x99), // US-WA Pacific
    (361, 73, 0x55), // US-TX Central
    (364, 45, 0x53), // US-KY Central + Eastern
    (365, 12, 0x33), // CA-ON Eastern
    (367, 13, 0x33), // CA-QC Eastern
    (368, 5, 0x77), // CA-AB Mountain
    (380, 64, 0x33), // US-OH Eastern
    (382, 12, 0x33), // CA-ON Eastern
    (385, 74, 0x77), // US-UT Mountain
    (386, 36, 0x33), // US-FL Eastern
    (401, 69, 0x33), // US-RI Eastern
    (402, 58, 0x55), // US-NE Central
    (403, 5, 0x77), // CA-AB Mountain
    (404, 37, 0x33), // US-GA Eastern
    (405, 65, 0x55), // US-OK Central
    (406, 55, 0x77), // US-MT Mountain
    (407, 36, 0x33), // US-FL Eastern
    (408, 31, 0x99), // US-CA Pacific
    (409, 73, 0x55), // US-TX Central
    (410, 48, 0x33), // US-MD Eastern
    (412, 67, 0x33), // US-PA Eastern
    (413, 47, 0x33), // US-MA Eastern
    (414, 79, 0x55), // US-WI Central
    (415, 31, 0x99), // US-CA Pacific
    (416, 12, 0x33), // CA-ON Eastern
    (417, 52, 0x55), // US-MO Central
    (418, 13, 0x32), // CA-QC Eastern + AtlanticStd
    (419, 64, 0x33), // US-OH Eastern
    (423, 72, 0x35), // US-TN Eastern + Central
    (424, 31, 0x99), // US-CA Pacific
    (425, 78, 0x99), // US-WA Pacific
    (430, 73, 0x55), // US-TX Central
    (431, 7, 0x55), // CA-MB Central
    (432, 73, 0x57), // US-TX Central + Mountain
    (434, 75, 0x33), // US-VA Eastern
    (435, 74, 0x77), // US-UT Mountain
    (437, 12, 0x33), // CA-ON Eastern
    (438, 13, 0x33), // CA-QC Eastern
    (440, 64, 0x33), // US-OH Eastern
    (441, 3, 0x11), // BM Atlantic
    (442, 31, 0x99), // US-CA Pacific
    (443, 48, 0x33), // US-MD Eastern
    (445, 67, 0x33), // US-PA Eastern
    (447, 42, 0x55), // US-IL Central
    (448, 36, 0x35), // US-FL Eastern + Central
    (450, 13, 0x33), // CA-QC Eastern
    (458, 66, 0x97), // US-OR Pacific + Mountain
    (463, 43, 0x33), // US-IN Eastern
    (464, 42, 0x55), // US-IL Central
    (468, 13, 0x33), // CA-QC Eastern
    (469, 73, 0x55), // US-TX Central
    (470, 37, 0x33), // US-GA Eastern
    (473, 17, 0x22), // GD AtlanticStd
    (474, 14, 0x66), // CA-SK CentralStd
    (475, 33, 0x33), // US-CT Eastern
    (478, 37, 0x33), // US-GA Eastern
    (479, 28, 0x55), // US-AR Central
    (480, 30, 0x88), // US-AZ MountainStd
    (484, 67, 0x33), // US-PA Eastern
    (501, 28, 0x55), // US-AR Central
    (502, 45, 0x33), // US-KY Eastern
    (503, 66, 0x99), // US-OR Pacific
    (504, 46, 0x55), // US-LA Central
    (505, 61, 0x77), // US-NM Mountain
    (506, 8, 0x11), // CA-NB Atlantic
    (507, 51, 0x55), // US-MN Central
    (508, 47, 0x33), // US-MA Eastern
    (509, 78, 0x99), // US-WA Pacific
    (510, 31, 0x99), // US-CA Pacific
    (512, 73, 0x55), // US-TX Central
    (513, 64, 0x33), // US-OH Eastern
    (514, 13, 0x33), // CA-QC Eastern
    (515, 40, 0x55), // US-IA Central
    (516, 63, 0x33), // US-NY Eastern
    (517, 50, 0x33), // US-MI Eastern
    (518, 63, 0x33), // US-NY Eastern
    (519, 12, 0x33), // CA-ON Eastern
    (520, 30, 0x88), // US-AZ MountainStd
    (530, 31, 0x99), // US-CA Pacific
    (531, 58, 0x55), // US-NE Central
    (534, 79, 0x55), // US-WI Central
    (539, 65, 0x55), // US-OK Central
    (540, 75, 0x33), // US-VA Eastern
    (541, 66, 0x97), // US-OR Pacific + Mountain
    (548, 12, 0x33), // CA-ON Eastern
    (551, 60, 0x33), // US-NJ Eastern
    (557, 52, 0x55), // US-MO Central
    (559, 31, 0x99), // US-CA Pacific
    (561, 36, 0x33), // US-FL Eastern
    (562, 31, 0x99), // US-CA Pacific
    (563, 40, 0x55), // US-IA Central
    (564, 78, 0x99), // US-WA Pacific
    (567, 64, 0x33), // US-OH Eastern
    (570, 67, 0x33), // US-PA Eastern
    (571, 75, 0x33), // US-VA Eastern
    (572, 65, 0x55), // US-OK Central
    (573, 52, 0x55), // US-MO Central
    (574, 43, 0x35), // US-IN Eastern + Central
    (575, 61, 0x77), // US-NM Mountain
    (579, 13, 0x33), // CA-QC Eastern
    (580, 65, 0x55), // US-OK Central
    (581, 13, 0x33), // CA-QC Eastern
    (582, 67, 0x33), // US-PA Eastern
    (584, 7, 0x55), // CA-MB Central
    (585, 63, 0x33), // US-NY Eastern
    (586, 50, 0x33), // US-MI Eastern
    (587, 5, 0x77), // CA-AB Mountain
    (601, 54, 0x55), // US-MS Central
    (602, 30, 0x88), // US-AZ MountainStd
    (603, 59, 0x33), // US-NH Eastern
    (604, 6, 0x99), // CA-BC Pacific
    (605, 71, 0x57), // US-SD Central + Mountain
    (606, 45, 0x33), // US-KY Eastern
    (607, 63, 0x33), // US-NY Eastern
    (608, 79, 0x55), // US-WI Central
    (609, 60, 0x33), // US-NJ Eastern
    (610, 67, 0x33), // US-PA Eastern
    (612, 51, 0x55), // US-MN Central
    (613, 12, 0x33), // CA-ON Eastern
    (614, 64, 0x33), // US-OH Eastern
    (615, 72, 0x55), // US-TN Central
    (616, 50, 0x33), // US-MI Eastern
    (617, 47, 0x33), // US-MA Eastern
    (618, 42, 0x55), // US-IL Central
    (619, 31, 0x99), // US-CA Pacific
    (620, 44, 0x57), // US-KS Central + Mountain
    (623, 30, 0x88), // US-AZ MountainStd
    (626, 31, 0x99), // US-CA Pacific
    (628, 31, 0x99), // US-CA Pacific
    (629, 72, 0x55), // US-TN Central
    (630, 42, 0x55), // US-IL Central
    (631, 63, 0x33), // US-NY Eastern
    (636, 52, 0x55), // US-MO Central
    (639, 14, 0x66), // CA-SK CentralStd
    (640, 60, 0x33), // US-NJ Eastern
    (641, 40, 0x55), // US-IA Central
    (646, 63, 0x33), // US-NY Eastern
    (647, 12, 0x33), // CA-ON Eastern
    (649, 24, 0x33), // TC Eastern
    (650, 31, 0x99), // US-CA Pacific
    (651, 51, 0x55), // US-MN Central
    (656, 36, 0x33), // US-FL Eastern
    (657, 31, 0x99), // US-CA Pacific
    (658, 18, 0x44), // JM EasternStd
    (659, 27, 0x55), // US-AL Central
    (660, 52, 0x55), // US-MO Central
    (661, 31, 0x99), // US-CA Pacific
    (662, 54, 0x55), // US-MS Central
    (664, 22, 0x22), // MS AtlanticStd
    (667, 48, 0x33), // US-MD Eastern
    (669, 31, 0x99), // US-CA Pacific
    (670, 53, 0xdd), // US-MP Chamorro
    (671, 38, 0xdd), // US-GU Chamorro
    (672, 6, 0x99), // CA-BC Pacific
    (678, 37, 0x33), // US-GA Eastern
    (679, 50, 0x33), // US-MI Eastern
    (680, 63, 0x33), // US-NY Eastern
    (681, 80, 0x33), // US-WV Eastern
    (682, 73, 0x55), // US-TX Central
    (683, 12, 0x33), // CA-ON Eastern
    (684, 29, 0xcc), // US-AS Samoa
    (686, 75, 0x33), // US-VA Eastern
    (689, 36, 0x33), // US-FL Eastern
    (701, 57, 0x57), // US-ND Central + Mountain
    (702, 62, 0x99), // US-NV Pacific
    (703, 75, 0x33), // US-VA Eastern
    (704, 56, 0x33), // US-NC Eastern
    (705, 12, 0x33), // CA-ON Eastern
    (706, 37, 0x33), // US-GA Eastern
    (707, 31, 0x99), // US-CA Pacific
    (708, 42, 0x55), // US-IL Central
    (709, 9, 0x01), // CA-NL Newfoundland + Atlantic
    (712, 40, 0x55), // US-IA Central
    (713, 73, 0x55), // US-TX Central
    (714, 31, 0x99), // US-CA Pacific
    (715, 79, 0x55), // US-WI Central
    (716, 63, 0x33), // US-NY Eastern
    (717, 67, 0x33), // US-PA Eastern
    (718, 63, 0x33), // US-NY Eastern
    (719, 32, 0x77), // US-CO Mountain
    (720, 32, 0x77), // US-CO Mountain
    (721, 23, 0x22), // SX AtlanticStd
    (724, 67, 0x33), // US-PA Eastern
    (725, 62, 0x99), // US-NV Pacific
    (726, 73, 0x55), // US-TX Central
    (727, 36, 0x33), // US-FL Eastern
    (730, 42, 0x55), // US-IL Central
    (731, 72, 0x55), // US-TN Central
    (732, 60, 0x33), // US-NJ Eastern
    (734, 50, 0x33), // US-MI Eastern
    (737, 73, 0x55), // US-TX Central
    (740, 64, 0x33), // US-OH Eastern
    (742, 12, 0x33), // CA-ON Eastern
    (743, 56, 0x33), // US-NC Eastern
    (747, 31, 0x99), // US-CA Pacific
    (753, 12, 0x33), // CA-ON Eastern
    (754, 36, 0x33), // US-FL Eastern
    (757, 75, 0x33), // US-VA Eastern
    (758, 21, 0x22), // LC AtlanticStd
    (760, 31, 0x99), // US-CA Pacific
    (762, 37, 0x33), // US-GA Eastern
    (763, 51, 0x55), // US-MN Central
    (765, 43, 0x33), // US-IN Eastern
    (767, 15, 0x22), // DM AtlanticStd
    (769, 54, 0x55), // US-MS Central
    (770, 37, 0x33), // US-GA Eastern
    (771, 34, 0x33), // US-DC Eastern
    (772, 36, 0x33), // US-FL Eastern
    (773, 42, 0x55), // US-IL Central
    (774, 47, 0x33), // US-MA Eastern
    (775, 62, 0x97), // US-NV Pacific + Mountain
    (778, 6, 0x99), // CA-BC Pacific
    (779, 42, 0x55), // US-IL Central
    (780, 5, 0x77), // CA-AB Mountain
    (781, 47, 0x33), // US-MA Eastern
    (782, 10, 0x11), // CA-NS Atlantic
    (784, 82, 0x22), // VC AtlanticStd
    (785, 44, 0x57), // US-KS Central + Mountain
    (786, 36, 0x33), // US-FL Eastern
    (787, 68, 0x22), // US-PR AtlanticStd
    (801, 74, 0x77), // US-UT Mountain
    (802, 77, 0x33), // US-VT Eastern
    (803, 70, 0x33), // US-SC Eastern
    (804, 75, 0x33), // US-VA Eastern
    (805, 31, 0x99), // US-CA Pacific
    (806, 73, 0x55), // US-TX Central
    (807, 12, 0x35), // CA-ON Eastern + Central
    (808, 39, 0xbb), // US-HI Hawaii
    (809, 16, 0x22), // DO AtlanticStd
    (810, 50, 0x33), // US-MI Eastern
    (812, 43, 0x35), // US-IN Eastern + Central
    (813, 36, 0x33), // US-FL Eastern
    (814, 67, 0x33), // US-PA Eastern
    (815, 42, 0x55), // US-IL Central
    (816, 52, 0x55), // US-MO Central
    (817, 73, 0x55), // US-TX Central
    (818, 31, 0x99), // US-CA Pacific
    (819, 13, 0x33), // CA-QC Eastern
    (820, 31, 0x99), // US-CA Pacific
    (825, 5, 0x77), // CA-AB Mountain
    (826, 75, 0x33), // US-VA Eastern
    (828, 56, 0x33), // US-NC Eastern
    (829, 16, 0x22), // DO AtlanticStd
    (830, 73, 0x55), // US-TX Central
    (831, 31, 0x99), // US-CA Pacific
    (832, 73, 0x55), // US-TX Central
    (835, 67, 0x33), // US-PA Eastern
    (838, 63, 0x33), // US-NY Eastern
    (839, 70, 0x33), // US-SC Eastern
    (840, 31, 0x99), // US-CA Pacific
    (843, 70, 0x33), // US-SC Eastern
    (845, 63, 0x33), // US-NY Eastern
    (847, 42, 0x55), // US-IL Central
    (848, 60, 0x33), // US-NJ Eastern
    (849, 16, 0x22), // DO AtlanticStd
    (850, 36, 0x35), // US-FL Eastern + Central
    (854, 70, 0x33), // US-SC Eastern
    (856, 60, 0x33), // US-NJ Eastern
    (857, 47, 0x33), // US-MA Eastern
    (858, 31, 0x99), // US-CA Pacific
    (859, 45, 0x33), // US-KY Eastern
    (860, 33, 0x33), // US-CT Eastern
    (862, 60, 0x33), // US-NJ Eastern
    (863, 36, 0x33), // US-FL Eastern
    (864, 70, 0x33), // US-SC Eastern
    (865, 72, 0x33), // US-TN Eastern
    (867, 11, 0x73), // CA-NT Mountain + Eastern
    (868, 25, 0x22), // TT AtlanticStd
    (869, 19, 0x22), // KN AtlanticStd
    (870, 28, 0x55), // US-AR Central
    (872, 42, 0x55), // US-IL Central
    (873, 13, 0x33), // CA-QC Eastern
    (876, 18, 0x44), // JM EasternStd
    (878, 67, 0x33), // US-PA Eastern
    (901, 72, 0x55), // US-TN Central
    (902, 10, 0x11), // CA-NS Atlantic
    (903, 73, 0x55), // US-TX Central
    (904, 36, 0x33), // US-FL Eastern
    (905, 12, 0x33), // CA-ON Eastern
    (906, 50, 0x35), // US-MI Eastern + Central
    (907, 26, 0xaa), // US-AK Alaska
    (908, 60, 0x33), // US-NJ Eastern
    (909, 31, 0x99), // US-CA Pacific
    (910, 56, 0x33), // US-NC Eastern
    (912, 37, 0x33), // US-GA Eastern
    (913, 44, 0x55), // US-KS Central
    (914, 63, 0x33), // US-NY Eastern
    (915, 73, 0x77), // US-TX Mountain
    (916, 31, 0x99), // US-CA Pacific
    (917, 63, 0x33), // US-NY Eastern
    (918, 65, 0x55), // US-OK Central
    (919, 56, 0x33), // US-NC Eastern
    (920, 79, 0x55), // US-WI Central
    (925, 31, 0x99), // US-CA Pacific
    (928, 30, 0x87), // US-AZ MountainStd + Mountain
    (929, 63, 0x33), // US-NY Eastern
    (930, 43, 0x35), // US-IN Eastern + Central
    (931, 72, 0x53), // US-TN Central + Eastern
    (934, 63, 0x33), // US-NY Eastern
    (936, 73, 0x55), // US-TX Central
    (937, 64, 0x33), // US-OH Eastern
    (938, 27, 0x55), // US-AL Central
    (939, 68, 0x22), // US-PR AtlanticStd
    (940, 73, 0x55), // US-TX Central
    (941, 36, 0x33), // US-FL Eastern
    (943, 37, 0x33), // US-GA Eastern
    (945, 73, 0x55), // US-TX Central
    (947, 50, 0x33), // US-MI Eastern
    (948, 75, 0x33), // US-VA Eastern
    (949, 31, 0x99), // US-CA Pacific
    (951, 31, 0x99), // US-CA Pacific
    (952, 51, 0x55), // US-MN Central
    (954, 36, 0x33), // US-FL Eastern
    (956, 73, 0x55), // US-TX Central
    (959, 33, 0x33), // US-CT Eastern
    (970, 32, 0x77), // US-CO Mountain
    (971, 66, 0x99), // US-OR Pacific
    (972, 73, 0x55), // US-TX Central
    (973, 60, 0x33), // US-NJ Eastern
    (978, 47, 0x33), // US-MA Eastern
    (979, 73, 0x55), // US-TX Central
    (980, 56, 0x33), // US-NC Eastern
    (983, 32, 0x77), // US-CO Mountain
    (984, 56, 0x33), // US-NC Eastern
    (985, 46, 0x55), // US-LA Central
    (986, 41, 0x79), // US-ID Mountain + Pacific
    (989, 50, 0x33), // US-MI Eastern
];

/// REGIONS' names, for people, in the same order, separated by `|`.
pub(super) const REGION_NAMES: &str = concat!(
    "Antigua and Barbuda|Anguilla|Barbados|Bermuda|the Bahamas|",
    "Alberta|British Columbia|Manitoba|New Brunswick|Newfoundland and Labrador|",
    "Nova Scotia|Canada's northern territories|Ontario|Quebec|Saskatchewan|",
    "Dominica|the Dominican Republic|Grenada|Jamaica|Saint Kitts and Nevis|",
    "the Cayman Islands|Saint Lucia|Montserrat|Sint Maarten|the Turks and Caicos Islands|",
    "Trinidad and Tobago|Alaska|Alabama|Arkansas|American Samoa|",
    "Arizona|California|Colorado|Connecticut|the District of Columbia|",
    "Delaware|Florida|Georgia|Guam|Hawaii|",
    "Iowa|Idaho|Illinois|Indiana|Kansas|",
    "Kentucky|Louisiana|Massachusetts|Maryland|Maine|",
    "Michigan|Minnesota|Missouri|the Northern Mariana Islands|Mississippi|",
    "Montana|North Carolina|North Dakota|Nebraska|New Hampshire|",
    "New Jersey|New Mexico|Nevada|New York|Ohio|",
    "Oklahoma|Oregon|Pennsylvania|Puerto Rico|Rhode Island|",
    "South Carolina|South Dakota|Tennessee|Texas|Utah|",
    "Virginia|the US Virgin Islands|Vermont|Washington|Wisconsin|",
    "West Virginia|Wyoming|Saint Vincent and the Grenadines|the British Virgin Islands",
);
