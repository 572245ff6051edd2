"""The Django project: settings, the root URL configuration and WSGI.

It wires the apps together and holds no site code of its own.
"""
