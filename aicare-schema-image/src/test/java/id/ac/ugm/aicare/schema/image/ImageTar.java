package id.ac.ugm.aicare.schema.image;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The image tar that Jib's buildTar wrote, read as a container runtime reads it: manifest.json
 * names the config and the layers (in order), the config holds entrypoint and user. The tar is
 * unpacked with the system's {@code tar}, which every machine that runs these tests has.
 */
final class ImageTar {

    /** One layer: its file in the tar and the entries it holds, as {@code tar -tv} lists them. */
    record Layer(String file, List<String> listing) {
        boolean holds(String path) {
            return listing.stream().anyMatch(line -> line.endsWith(" " + path) || line.contains(" " + path + " -> "));
        }

        @Override
        public String toString() {
            return "layer " + file + " (" + listing.size() + " entries)";
        }
    }

    private final Path tar;
    private final Path unpacked;
    private final JsonNode config;
    private final List<Layer> layers;

    private ImageTar(Path tar, Path unpacked, JsonNode config, List<Layer> layers) {
        this.tar = tar;
        this.unpacked = unpacked;
        this.config = config;
        this.layers = layers;
    }

    /** The tar the build wrote (system property {@code aicare.image.tar}, set by failsafe). */
    static ImageTar built(Path workDir) throws IOException, InterruptedException {
        String property = System.getProperty("aicare.image.tar");
        if (property == null) {
            throw new IllegalStateException("aicare.image.tar is not set: run these tests with mvn verify (failsafe)");
        }
        Path tar = Path.of(property);
        if (!Files.isRegularFile(tar)) {
            throw new IllegalStateException("no image tar at " + tar + ": the package phase should have written it");
        }
        Path unpacked = Files.createDirectories(workDir.resolve("image"));
        run(List.of("tar", "-xf", tar.toString(), "-C", unpacked.toString()));
        ObjectMapper json = new ObjectMapper();
        JsonNode manifest = json.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        JsonNode config = json.readTree(unpacked.resolve(manifest.get("Config").asText()).toFile());
        List<Layer> layers = new ArrayList<>();
        for (JsonNode layer : manifest.get("Layers")) {
            String file = layer.asText();
            layers.add(new Layer(file, run(List.of("tar", "--warning=no-unknown-keyword", "--numeric-owner", "-tvzf",
                    unpacked.resolve(file).toString()))));
        }
        return new ImageTar(tar, unpacked, config, layers);
    }

    Path file() {
        return tar;
    }

    JsonNode containerConfig() {
        return config.get("config");
    }

    List<Layer> layers() {
        return layers;
    }

    List<String> repoTags() throws IOException {
        List<String> tags = new ArrayList<>();
        new ObjectMapper().readTree(unpacked.resolve("manifest.json").toFile()).get(0).get("RepoTags")
                .forEach(tag -> tags.add(tag.asText()));
        return tags;
    }

    /** Every layer unpacked, in order, into one directory: the image's root file system. */
    Path rootFileSystem() throws IOException, InterruptedException {
        Path root = Files.createDirectories(unpacked.resolve("rootfs"));
        for (Layer layer : layers) {
            run(List.of("tar", "--warning=no-unknown-keyword", "-xzf", unpacked.resolve(layer.file()).toString(), "-C", root.toString()));
        }
        return root;
    }

    static List<String> run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
        return output.lines().toList();
    }
}
