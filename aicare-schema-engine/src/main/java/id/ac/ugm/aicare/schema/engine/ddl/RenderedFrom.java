package id.ac.ugm.aicare.schema.engine.ddl;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a module's build-time schema was rendered from, as its file records it: Hibernate's version
 * and, for each package that counts ({@link ModelFingerprint}), every class file under it with its
 * CRC-32 and the package folders that had no {@code package-info.class}.
 */
record RenderedFrom(String hibernateVersion, List<ClassGroup> groups) {

    RenderedFrom {
        groups = List.copyOf(groups);
    }

    /** The class files under one package folder ({@code a/b/}, subfolders included). */
    record ClassGroup(String prefix, Map<String, Long> crcByName, List<String> packagesWithoutInfo) {

        ClassGroup {
            crcByName = Collections.unmodifiableMap(new LinkedHashMap<>(crcByName));
            packagesWithoutInfo = List.copyOf(packagesWithoutInfo);
        }
    }
}
