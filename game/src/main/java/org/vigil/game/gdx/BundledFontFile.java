package org.vigil.game.gdx;

import com.badlogic.gdx.Files.FileType;
import com.badlogic.gdx.files.FileHandle;
import com.badlogic.gdx.utils.GdxRuntimeException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import org.vigil.i18n.BundledFonts;

/**
 * One of Vigil's bundled fonts as a LibGDX file, read through {@link BundledFonts} so that the game
 * draws with exactly the font the window uses. It cannot be mapped, so FreeType reads it as a stream.
 */
final class BundledFontFile extends FileHandle {

    private final BundledFonts fonts;
    private final String file;

    BundledFontFile(BundledFonts fonts, String file) {
        super(file, FileType.Classpath);
        this.fonts = fonts;
        this.file = file;
    }

    @Override
    public InputStream read() {
        return fonts.open(file);
    }

    @Override
    public long length() {
        return 0; // unknown: FreeType then reads the whole stream
    }

    @Override
    public boolean exists() {
        return true;
    }

    @Override
    public ByteBuffer map() {
        throw new GdxRuntimeException("a bundled font is read as a stream");
    }

    @Override
    public ByteBuffer map(FileChannel.MapMode mode) {
        throw new GdxRuntimeException("a bundled font is read as a stream");
    }
}
