namespace Pamphlet.Pages.Images;

public enum ImageFormat { Jpeg, Png }
