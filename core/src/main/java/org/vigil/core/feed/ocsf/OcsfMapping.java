package org.vigil.core.feed.ocsf;

import java.util.Locale;
import org.vigil.core.feed.EventCategory;
import org.vigil.core.feed.EventSeverity;

/** How OCSF's categories, classes and severities map to Vigil's categories and scale. */
final class OcsfMapping {

    static final int SYSTEM_ACTIVITY = 1;
    static final int FINDINGS = 2;
    static final int IDENTITY_AND_ACCESS = 3;
    static final int NETWORK_ACTIVITY = 4;
    static final int APPLICATION_ACTIVITY = 6;

    static final int FILE_SYSTEM_ACTIVITY = 1001;
    static final int SECURITY_FINDING = 2001;
    static final int VULNERABILITY_FINDING = 2002;
    static final int COMPLIANCE_FINDING = 2003;
    static final int DETECTION_FINDING = 2004;
    static final int DATA_SECURITY_FINDING = 2006;
    static final int HTTP_ACTIVITY = 4002;
    static final int DNS_ACTIVITY = 4003;
    static final int WEB_RESOURCES_ACTIVITY = 6001;
    static final int API_ACTIVITY = 6003;
    static final int WEB_RESOURCE_ACCESS_ACTIVITY = 6004;
    static final int DATASTORE_ACTIVITY = 6005;
    static final int FILE_HOSTING_ACTIVITY = 6006;

    /** The largest {@code severity_id} OCSF defines besides 99 (Other). */
    static final int FATAL = 6;

    static final int OTHER = 99;

    private OcsfMapping() {}

    /**
     * The category of an event from its class, else its category: File System Activity (1001) is
     * FILE, the rest of System Activity OTHER; Vulnerability (2002) and Compliance (2003) findings
     * POLICY, Data Security findings (2006) DATA, other findings INTRUSION (MALWARE when a detection
     * or security finding names malware); all of Identity & Access Management AUTHENTICATION; HTTP
     * Activity (4002) WEB, DNS Activity (4003) DNS, the rest of Network Activity NETWORK; Web
     * Resources (6001), API (6003) and Web Resource Access (6004) activity WEB, Datastore Activity
     * (6005) DATA, File Hosting Activity (6006) FILE; everything else (Discovery, Remediation,
     * unknown categories) OTHER.
     */
    static EventCategory category(long categoryUid, long classUid, boolean namesMalware) {
        if (categoryUid == SYSTEM_ACTIVITY) {
            return classUid == FILE_SYSTEM_ACTIVITY ? EventCategory.FILE : EventCategory.OTHER;
        }
        if (categoryUid == FINDINGS) {
            if (classUid == VULNERABILITY_FINDING || classUid == COMPLIANCE_FINDING) {
                return EventCategory.POLICY;
            }
            if (classUid == DATA_SECURITY_FINDING) {
                return EventCategory.DATA;
            }
            boolean detection = classUid == DETECTION_FINDING || classUid == SECURITY_FINDING;
            return detection && namesMalware ? EventCategory.MALWARE : EventCategory.INTRUSION;
        }
        if (categoryUid == IDENTITY_AND_ACCESS) {
            return EventCategory.AUTHENTICATION;
        }
        if (categoryUid == NETWORK_ACTIVITY) {
            if (classUid == HTTP_ACTIVITY) {
                return EventCategory.WEB;
            }
            return classUid == DNS_ACTIVITY ? EventCategory.DNS : EventCategory.NETWORK;
        }
        if (categoryUid == APPLICATION_ACTIVITY) {
            if (classUid == WEB_RESOURCES_ACTIVITY
                    || classUid == API_ACTIVITY
                    || classUid == WEB_RESOURCE_ACCESS_ACTIVITY) {
                return EventCategory.WEB;
            }
            if (classUid == DATASTORE_ACTIVITY) {
                return EventCategory.DATA;
            }
            return classUid == FILE_HOSTING_ACTIVITY ? EventCategory.FILE : EventCategory.OTHER;
        }
        return EventCategory.OTHER;
    }

    /**
     * OCSF {@code severity_id} to one scale: 1 Informational → INFO, 2 Low → LOW, 3 Medium → MEDIUM,
     * 4 High → HIGH, 5 Critical and 6 Fatal → CRITICAL. 0 Unknown and 99 Other (and a missing id)
     * read the source's {@code severity} caption when it names one of those levels, else INFO.
     * Returns {@code null} for an id OCSF does not define.
     */
    static EventSeverity severity(long severityId, String caption) {
        if (severityId == 0 || severityId == OTHER) {
            return caption == null ? EventSeverity.INFO : severityOfCaption(caption);
        }
        if (severityId < 1 || severityId > FATAL) {
            return null;
        }
        return switch ((int) severityId) {
            case 1 -> EventSeverity.INFO;
            case 2 -> EventSeverity.LOW;
            case 3 -> EventSeverity.MEDIUM;
            case 4 -> EventSeverity.HIGH;
            default -> EventSeverity.CRITICAL;
        };
    }

    private static EventSeverity severityOfCaption(String caption) {
        return switch (caption.strip().toLowerCase(Locale.ROOT)) {
            case "low" -> EventSeverity.LOW;
            case "medium" -> EventSeverity.MEDIUM;
            case "high" -> EventSeverity.HIGH;
            case "critical", "fatal" -> EventSeverity.CRITICAL;
            default -> EventSeverity.INFO;
        };
    }
}
