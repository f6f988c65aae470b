package id.ac.ugm.aicare.schema.engine.ddl;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarInputStream;
import java.util.jar.JarOutputStream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;

/**
 * A class loader over a jar nested in another jar, read from bytes, as a Spring Boot executable
 * jar's loader serves {@code BOOT-INF/lib/*.jar}: its classes' code source is
 * {@code jar:nested:/app.jar/!BOOT-INF/lib/<name>!/}, not a {@code file:} one, and its resources
 * come only through the loader. Child first for what the nested jar holds, so that its classes
 * are not the same-named ones of the test classpath.
 */
final class NestedJarLoader extends ClassLoader {

    private static final String NESTED = "BOOT-INF/lib/";

    private final Map<String, byte[]> entries = new HashMap<>();
    private final ProtectionDomain domain;
    private final URLStreamHandler handler = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(entries.get(url.getPath().substring(url.getPath().indexOf("!/") + 2)));
                }
            };
        }
    };

    /** Loads the classes and resources of the jar {@code innerName} inside the executable jar {@code outerJar}. */
    NestedJarLoader(byte[] outerJar, String innerName, ClassLoader parent) {
        super("nested", parent);
        try (JarInputStream outer = new JarInputStream(new ByteArrayInputStream(outerJar))) {
            for (JarEntry entry = outer.getNextJarEntry(); entry != null; entry = outer.getNextJarEntry()) {
                if (entry.getName().equals(NESTED + innerName)) {
                    try (JarInputStream inner = new JarInputStream(new ByteArrayInputStream(outer.readAllBytes()))) {
                        for (JarEntry classFile = inner.getNextJarEntry(); classFile != null; classFile = inner.getNextJarEntry()) {
                            entries.put(classFile.getName(), inner.readAllBytes());
                        }
                    }
                }
            }
            URL location = new URL("jar", "", -1, "nested:/app.jar/!" + NESTED + innerName + "!/", handler);
            domain = new ProtectionDomain(new CodeSource(location, (Certificate[]) null), null, this, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no " + NESTED + innerName + " in the executable jar");
        }
    }

    /** An executable jar holding one nested jar of those entries, the nested one stored as Boot stores it. */
    static byte[] executableJar(String innerName, Map<String, byte[]> innerEntries) {
        byte[] inner = jar(innerEntries);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream outer = new JarOutputStream(bytes)) {
            JarEntry entry = new JarEntry(NESTED + innerName);
            CRC32 crc = new CRC32();
            crc.update(inner);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(inner.length);
            entry.setCrc(crc.getValue());
            outer.putNextEntry(entry);
            outer.write(inner);
            outer.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] jar(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            byte[] bytes = entries.get(name.replace('.', '/') + ".class");
            if (bytes == null) {
                return super.loadClass(name, resolve);
            }
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = defineClass(name, bytes, 0, bytes.length, domain);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    @Override
    public URL getResource(String name) {
        if (!entries.containsKey(name)) {
            return super.getResource(name);
        }
        try {
            return new URL(domain.getCodeSource().getLocation(), name, handler);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
